// Where Natural Earth's countries differ from the registry's ISO 3166 parties, and how the data is
// changed to match. Boxes are [west, south, east, north] in degrees; a polygon moves when the centre
// of its outer ring's box lies in one of them.

export const adjustments = {
  // Territories with their own ISO code that Natural Earth draws as part of another state.
  splits: [
    { a3: "GUF", numeric: "254", name: "French Guiana", from: "FRA", boxes: [[-55, 1.5, -51, 6.5]] },
    { a3: "GLP", numeric: "312", name: "Guadeloupe", from: "FRA", boxes: [[-62, 15.8, -61, 16.6]] },
    { a3: "MTQ", numeric: "474", name: "Martinique", from: "FRA", boxes: [[-61.3, 14.3, -60.7, 15]] },
    { a3: "REU", numeric: "638", name: "Réunion", from: "FRA", boxes: [[55, -21.6, 56, -20.7]] },
    { a3: "MYT", numeric: "175", name: "Mayotte", from: "FRA", boxes: [[44.9, -13.1, 45.4, -12.5]] },
    { a3: "SJM", numeric: "744", name: "Svalbard and Jan Mayen", from: "NOR", boxes: [[5, 74, 35, 81], [-9.5, 70.5, -7.5, 71.5]] },
    { a3: "BES", numeric: "535", name: "Caribbean Netherlands", from: "NLD", boxes: [[-69, 11.5, -62.5, 18]] },
    // Natural Earth's "Indian Ocean Territories" are two ISO territories of Australia.
    { a3: "CXR", numeric: "162", name: "Christmas Island", from: "IOA", boxes: [[105, -11, 106.5, -10]] },
    { a3: "CCK", numeric: "166", name: "Cocos (Keeling) Islands", from: "IOA", boxes: [[96.5, -12.5, 97.2, -11.8]] },
  ],
  // Pieces ISO 3166 counts as part of a state (as the UN does): drawn and linked with it.
  merges: [
    { from: "CYN", into: "CYP" },
    { from: "SOL", into: "SOM" },
    { from: "ATC", into: "AUS" },
    { from: "IOA", into: "AUS" }, // empty once Christmas Island and the Cocos Islands are split out
  ],
  // Territories the 1:50m outlines leave out, placed by hand (degrees, WGS 84) so they can be drawn
  // as points. The United States Minor Outlying Islands are scattered over the Pacific and the
  // Caribbean, so no one point stands for them: they stay off the maps.
  points: [
    { a3: "GIB", numeric: "292", name: "Gibraltar", lon: -5.35, lat: 36.14 },
    { a3: "TKL", numeric: "772", name: "Tokelau", lon: -171.85, lat: -9.2 },
    { a3: "BVT", numeric: "074", name: "Bouvet Island", lon: 3.4, lat: -54.43 },
  ],
};
