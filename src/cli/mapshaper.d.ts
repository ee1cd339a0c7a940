/** The part of mapshaper's Node API the basemap script uses (the package ships no types). */
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input: Record<string, string>): Promise<Record<string, string | Uint8Array>>;
  };
  export default mapshaper;
}
