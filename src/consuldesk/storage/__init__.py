"""SQL plumbing (engine, base classes, column types, migrations); no business rules."""
