import { render } from 'preact';
import { adoptTokenFromUrl } from './api.js';
import { App } from './app.js';
import './styles.css';

adoptTokenFromUrl();
render(<App />, document.getElementById('app')!);
