"""The Results page: what each automation earned, and whether it caused it."""
