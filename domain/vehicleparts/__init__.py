"""Vehicle-parts context (부품관리): the catalogue and its stock."""
