SET LOCAL search_path = ''
