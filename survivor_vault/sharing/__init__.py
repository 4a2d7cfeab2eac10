"""Share packets: scope, preview, packet building and the packet reader."""
