"""Pure business rules: no Qt, no SQL, no I/O."""
