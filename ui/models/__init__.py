"""Table models over the read side's plain rows (app.queries); no widgets, testable alone."""
