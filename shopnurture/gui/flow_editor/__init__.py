"""The visual flow editor: a document over the engine's flow graph with undo, a scene that
mirrors it, the palette, interactions, rendering, and the editor widget that combines them."""
