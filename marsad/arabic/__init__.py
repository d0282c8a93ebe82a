"""Arabic mechanics: normalisation with offset maps, tokens, sentences, clitics."""
