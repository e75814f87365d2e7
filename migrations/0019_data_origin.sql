-- Where the people whose data a component holds live (its `data_origin` tag, a region; NULL:
-- the component's own region). Reports check each store and each migration of personal or
-- health data against the residency rules from this origin.
ALTER TABLE component_registry ADD COLUMN data_origin TEXT;
