"""A fixed small Result for the report tests: three short articles, their claims and three findings.

Golden files live in tests/golden/small/; regenerate them with
    FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/report
and review the diff before committing.
"""
from __future__ import annotations

import os
from pathlib import Path

from factcheck.model import Claim, Document, Finding, Skipped, stable_id
from factcheck.pipeline import Result
from factcheck.text import TextIndex

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "small"

AUFSCHUB = (
    "Trump gewährt TikTok einen weiteren Aufschub, da Walmart sein Angebot vorbereitet\n"
    "Die Trump-Administration hat ByteDance gerade eine weitere Woche Zeit gegeben. Damit verschiebt sich die "
    "neue Frist auf den 4. Dezember. Dies ist die zweite Verlängerung innerhalb weniger Wochen.\n"
    "Mit rund 100 Millionen Nutzern allein in den USA ist TikTok eine wahre Goldgrube | für jeden Händler.\n")
VERBOT = (
    "Microsoft verhandelt derzeit über einen Kauf des Tiktok-Geschäfts\n"
    "Tiktok gehört zum chinesischen Bytedance-Konzern. Das Verbot soll Mitte September greifen. "
    "Die Bezos-Company kaufte Twitch für knapp eine Milliarde Dollar.\n")
SCRIPT = (
    "TikTok shop test goes wrong\n"
    "A broken embed printed <script>alert(1)</script> next to the claim that TikTok has 1.2 billion monthly "
    "active users worldwide. Sales fell -5 percent, or =SUM(A1:A3) as one spreadsheet put it.\n")


def _document(doc: str, text: str, lang: str, date: str | None) -> Document:
    return Document(doc=doc, text=text, lang=lang, date=date, date_source="front_matter" if date else None)


def _claim(document: Document, text: str, kind: str, **fields) -> Claim:
    start = document.text.index(text)
    end = start + len(text)
    index = TextIndex(document.text)
    line, col = index.line_col(start)
    return Claim(id=stable_id("c", document.doc, start, text), doc=document.doc, start=start, end=end, line=line,
                 col=col, text=text, sentence=index.sentence(start, end), kind=kind, lang=document.lang, **fields)


def small_result() -> Result:
    aufschub = _document("articles/000_aufschub.txt", AUFSCHUB, "de", None)
    verbot = _document("articles/001_verbot.txt", VERBOT, "de", "2020-08-03")
    script = _document("articles/en_script.txt", SCRIPT, "en", "2023-07-26")
    december = _claim(aufschub, "4. Dezember", "date", timex="XXXX-12-04", subject="TikTok",
                      claim_type="tiktok_ban_deadline")
    users_us = _claim(aufschub, "rund 100 Millionen Nutzern", "quantity", value=1e8, low=9.5e7, high=1.05e8,
                      approx="about", unit="Nutzer", subject="TikTok", claim_type="tiktok_users",
                      qualifiers={"scope": "US", "metric": "any"}, scale_word="Millionen")
    september = _claim(verbot, "Mitte September", "date", timex="2020-09", timex_mod="MID", subject="TikTok",
                       claim_type="tiktok_ban_deadline")
    twitch = _claim(verbot, "knapp eine Milliarde Dollar", "money", value=1e9, low=9e8, high=1e9, approx="almost",
                    unit="USD", subject="Twitch", claim_type="twitch_price", scale_word="Milliarde")
    users_world = _claim(script, "1.2 billion monthly active users", "quantity", value=1.2e9, unit="user",
                         subject="TikTok", claim_type="tiktok_users",
                         qualifiers={"scope": "worldwide", "metric": "monthly_active"}, scale_word="billion")
    minus = _claim(script, "-5 percent", "percent", value=-5.0, unit="%")
    findings = [
        Finding(id=stable_id("f", "contradiction", users_us.id, users_world.id), severity="error",
                check="contradiction", claim_type="tiktok_users", subject="TikTok",
                claims=[users_us.id, users_world.id],
                message='TikTok users: "rund 100 Millionen Nutzern" (articles/000_aufschub.txt:3) vs '
                        '"1.2 billion monthly active users" (articles/en_script.txt:2): planted for the report '
                        'tests | with a pipe.'),
        Finding(id=stable_id("f", "updated", september.id, december.id), severity="info", check="updated",
                claim_type="tiktok_ban_deadline", subject="TikTok", claims=[september.id, december.id],
                message='TikTok ban deadline: "Mitte September" (articles/001_verbot.txt:2) vs "4. Dezember" '
                        '(articles/000_aufschub.txt:2): articles/000_aufschub.txt is taken as the later source '
                        'and signals the change ("verschiebt"); the earlier value is superseded.'),
        Finding(id=stable_id("f", "reference_mismatch", twitch.id), severity="warning", check="reference_mismatch",
                claim_type="twitch_price", subject="Twitch", claims=[twitch.id],
                message='Twitch purchase price: "knapp eine Milliarde Dollar" (articles/001_verbot.txt:2) vs the '
                        'reference 1,970,000,000 USD (planted): the values do not agree.'),
    ]
    findings.sort(key=lambda f: {"error": 0, "warning": 1, "info": 2}[f.severity])
    return Result(documents=[aufschub, verbot, script],
                  skipped=[Skipped(doc="articles/scan.pdf", reason="not a text file (NUL byte at offset 12)")],
                  claims=[december, users_us, september, twitch, users_world, minus], findings=findings)


def assert_golden(name: str, text: str | bytes) -> None:
    """text equals tests/golden/small/<name> byte for byte (FACTCHECK_UPDATE_GOLDEN=1 rewrites it)."""
    text = text.decode("utf-8") if isinstance(text, bytes) else text
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), f"{path} is missing; run FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/report"
    assert path.read_bytes() == text.encode("utf-8"), f"{name} differs from {path}"
