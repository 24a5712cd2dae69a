"""Scripts that build datasets, train and evaluate ombnlp models. Never imported by `ombnlp`."""
