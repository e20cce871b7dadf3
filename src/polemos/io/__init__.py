"""Input and output of documents: readers for every input format, deduplication, the extract contract."""
