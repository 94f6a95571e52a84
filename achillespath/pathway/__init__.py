"""The stepped care pathway: its versioned definition and the rules that read it."""
