/**
 * The one main window: secure web preferences, the remembered size and position, and
 * saving them again when it moves or closes.
 */
import { BrowserWindow, screen } from 'electron';
import { loadWindowState, MIN_SIZE, writeWindowState, type WindowState } from './window-state';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  stateFile: string;
  isDevelopment: boolean;
  /** Shown by Linux window managers; macOS and Windows take the icon from the app bundle. */
  iconPath?: string | undefined;
}

const SAVE_DELAY_MS = 1_000;

function currentState(window: BrowserWindow): WindowState {
  // Normal bounds: a maximized window remembers the size it returns to, not the screen's.
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() };
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(options.stateFile, screen.getAllDisplays());
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Rapport',
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: options.isDevelopment,
    },
  });

  // Shown once painted, so the person never sees a blank white frame.
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    if (state.fullScreen) window.setFullScreen(true);
    window.show();
  });

  // Saved shortly after moves and resizes too, so a crash or a power cut keeps the layout.
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (window.isDestroyed()) return;
    try {
      writeWindowState(options.stateFile, currentState(window));
    } catch (error) {
      console.error('Could not save the window position:', error);
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });

  void window.loadURL(options.url);
  return window;
}
