/** The id of the data block the server puts in the landing page's HTML for the web app to draw the map from. */
export const LANDING_DATA_ID = 'monitor-landing-data';
