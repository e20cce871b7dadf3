"""The signed actor network: building it from events, relations and the knowledge base (`graph`), and
reading it (`analysis`: allies and enemies, triads, blocs, centrality)."""
