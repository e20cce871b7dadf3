"""Relations between actors: the shared context of a doc (`context`), the constructions (`rules`), the
author's own stances (`stances`) and the `polemos_relations` component (`component`)."""
