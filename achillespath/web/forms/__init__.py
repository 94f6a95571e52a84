"""Forms: one module per area. Render every field with templates/includes/field.html."""
