"""The document stage: reads a whole article after the sentence stage (structure, merging, tolls, voice)."""
