// The 32 federal entities as the chain names them (`bmx_primitives::identity::MexicanState`, in
// INEGI order), with their names for people.
export const STATES = [
  ['Aguascalientes', 'Aguascalientes'],
  ['BajaCalifornia', 'Baja California'],
  ['BajaCaliforniaSur', 'Baja California Sur'],
  ['Campeche', 'Campeche'],
  ['Coahuila', 'Coahuila de Zaragoza'],
  ['Colima', 'Colima'],
  ['Chiapas', 'Chiapas'],
  ['Chihuahua', 'Chihuahua'],
  ['CiudadDeMexico', 'Ciudad de México'],
  ['Durango', 'Durango'],
  ['Guanajuato', 'Guanajuato'],
  ['Guerrero', 'Guerrero'],
  ['Hidalgo', 'Hidalgo'],
  ['Jalisco', 'Jalisco'],
  ['Mexico', 'Estado de México'],
  ['Michoacan', 'Michoacán de Ocampo'],
  ['Morelos', 'Morelos'],
  ['Nayarit', 'Nayarit'],
  ['NuevoLeon', 'Nuevo León'],
  ['Oaxaca', 'Oaxaca'],
  ['Puebla', 'Puebla'],
  ['Queretaro', 'Querétaro'],
  ['QuintanaRoo', 'Quintana Roo'],
  ['SanLuisPotosi', 'San Luis Potosí'],
  ['Sinaloa', 'Sinaloa'],
  ['Sonora', 'Sonora'],
  ['Tabasco', 'Tabasco'],
  ['Tamaulipas', 'Tamaulipas'],
  ['Tlaxcala', 'Tlaxcala'],
  ['Veracruz', 'Veracruz de Ignacio de la Llave'],
  ['Yucatan', 'Yucatán'],
  ['Zacatecas', 'Zacatecas'],
];

/** The name of the state the chain calls `variant`. */
export const stateName = (variant) => STATES.find(([v]) => v === variant)?.[1] ?? variant;
