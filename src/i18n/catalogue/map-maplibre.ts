import { defineMessages } from '../messages';

/** MapLibre's own controls in the page's language (loaded with the map library, apart from the first frame's catalogue). */
/** MapLibre's own UI strings (control tooltips, scale units): the map's `locale` option. */
export const mapLibreMessages = defineMessages({
  'AttributionControl.MapFeedback': { zh: '地图反馈', en: 'Map feedback' },
  'AttributionControl.ToggleAttribution': { zh: '显示或隐藏数据来源', en: 'Toggle attribution' },
  'CooperativeGesturesHandler.MacHelpText': { zh: '按住 ⌘ 并滚动以缩放地图', en: 'Use ⌘ + scroll to zoom the map' },
  'CooperativeGesturesHandler.MobileHelpText': { zh: '用两根手指移动地图', en: 'Use two fingers to move the map' },
  'CooperativeGesturesHandler.WindowsHelpText': { zh: '按住 Ctrl 并滚动以缩放地图', en: 'Use Ctrl + scroll to zoom the map' },
  'FullscreenControl.Enter': { zh: '全屏', en: 'Enter fullscreen' },
  'FullscreenControl.Exit': { zh: '退出全屏', en: 'Exit fullscreen' },
  'GeolocateControl.FindMyLocation': { zh: '查找我的位置', en: 'Find my location' },
  'GeolocateControl.LocationNotAvailable': { zh: '无法获取位置', en: 'Location not available' },
  'GlobeControl.Disable': { zh: '关闭球面', en: 'Disable globe' },
  'GlobeControl.Enable': { zh: '开启球面', en: 'Enable globe' },
  'LogoControl.Title': { zh: 'MapLibre 标志', en: 'MapLibre logo' },
  'Map.Title': { zh: '地图', en: 'Map' },
  'Marker.Title': { zh: '地图标记', en: 'Map marker' },
  'NavigationControl.ResetBearing': { zh: '拖动以旋转地图，点击恢复正北', en: 'Drag to rotate map, click to reset north' },
  'NavigationControl.ZoomIn': { zh: '放大', en: 'Zoom in' },
  'NavigationControl.ZoomOut': { zh: '缩小', en: 'Zoom out' },
  'Popup.Close': { zh: '关闭弹窗', en: 'Close popup' },
  'ScaleControl.Feet': { zh: '英尺', en: 'ft' },
  'ScaleControl.Kilometers': { zh: '公里', en: 'km' },
  'ScaleControl.Meters': { zh: '米', en: 'm' },
  'ScaleControl.Miles': { zh: '英里', en: 'mi' },
  'ScaleControl.NauticalMiles': { zh: '海里', en: 'nm' },
  'TerrainControl.Disable': { zh: '关闭地形', en: 'Disable terrain' },
  'TerrainControl.Enable': { zh: '开启地形', en: 'Enable terrain' },
});
