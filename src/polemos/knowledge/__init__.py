"""Knowledge the extractor reads: the actor knowledge base, its importers, and the gazetteer."""
