"""The ontology and vocabularies the extractor reads, as data: PLOVER types and triggers, count words, relation
cues. Loaders validate the data files and name the file, line and field of any error."""
