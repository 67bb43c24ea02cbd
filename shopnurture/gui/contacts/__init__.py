"""The Contacts page: lazy table model, list page, contact form and detail panel."""
