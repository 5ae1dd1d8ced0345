"""secretariat."""
