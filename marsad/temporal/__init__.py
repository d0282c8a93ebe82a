"""Arabic temporal expressions: recognise them in a token stream, resolve them against the
article date. The stage is ``marsad.times``; this package holds the grammar."""
