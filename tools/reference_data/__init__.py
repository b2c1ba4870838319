"""Hand-curated tables that tools/build_reference.py turns into ontology/reference/*.ttl."""
