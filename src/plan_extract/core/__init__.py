"""The leaf core: the plan contract, errors, the knowledge loader, text folds, numerals and the
version. It imports nothing else of the project; every other package may import it."""
