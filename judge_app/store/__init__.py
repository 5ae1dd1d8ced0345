"""The only layer that speaks SQL: files, schema, migrations and repositories."""
