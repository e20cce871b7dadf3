"""Events: candidates from trigger matches (`candidate`), modality, roles and participants, background and
anaphora, the explicit passes that turn candidates into events (`passes`), merges (`merge`), conversion to
`Event` with counts, date and place (`convert`), and the `polemos_events` component (`component`)."""
