// Nothing: this package only names its dependencies (see Cargo.toml).
