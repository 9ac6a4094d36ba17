// Used by the TypeORM CLI (npm run migration:*), configured like the app.
import { DataSource } from 'typeorm';
import { loadSettings } from '../config/settings';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadSettings(process.env).database));
