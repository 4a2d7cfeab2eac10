"""Item models over the core API. Views never touch SQL; models never touch widgets."""
