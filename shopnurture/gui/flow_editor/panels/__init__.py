"""The flow editor's panels: the selected node's properties (with the message preview), the
template gallery, and the dialog that activates a changed live flow."""
