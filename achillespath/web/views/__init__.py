"""Views, one module per area. views/patient and views/clinician hold the product's areas."""
