export { AppConfig } from './app-config.js';
export { ConfigModule } from './config.module.js';
export { EnvironmentVariables } from './environment-variables.js';
export { InvalidEnvironmentError, validateEnvironment, type ValidatedEnvironment } from './validate-environment.js';
