"""Language data: one package per language (`en`), each with the word lists its rules read."""
