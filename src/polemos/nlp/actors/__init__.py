"""Actors: the knowledge-base matcher (`matcher`), the word lists of actor phrases (`vocab`), spaCy entities
read as actors (`entities`), the resolver of noun phrases to actors (`resolver`) and the `polemos_actors`
component (`recognizer`)."""
