"""policy-kg: a knowledge graph of actors, plans and frameworks read from policy documents."""

__version__ = "0.1.0"
