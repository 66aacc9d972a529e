"""Jobs context (정비소, "shop" in the design): the repair job's life and the parts it asks for."""
