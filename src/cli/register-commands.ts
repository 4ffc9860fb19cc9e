// Imports every command module so that each registers itself. Add new command modules here.
import './pack-commands';
import './pack-render';
import './project-commands';
import './map-commands';
