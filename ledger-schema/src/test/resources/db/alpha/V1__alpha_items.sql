CREATE TABLE alpha_item (id INTEGER PRIMARY KEY, beta_id INTEGER REFERENCES beta_item (id));
