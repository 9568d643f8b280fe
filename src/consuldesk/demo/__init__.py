"""The bundled demo scenario: a day at two missions of a fictional country, with an emergency."""
