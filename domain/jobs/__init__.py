"""Jobs context — the design's "shop" context (정비소): repair jobs, their state machine and part requests."""
