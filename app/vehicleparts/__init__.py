"""Vehicle-parts context (부품관리): handlers, repository and tables."""
