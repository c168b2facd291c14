"""sample_site stage."""
