def find(text, context, taken):
    return []
