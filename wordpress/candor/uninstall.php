<?php
/**
 * When the plugin is deleted (not when it is updated): removes the site's
 * Candor address and the quiz files uploaded in Settings → Candor.
 *
 * @package Candor
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'candor_address' );
$candor_uploads = wp_upload_dir( null, false );
$candor_folder  = trailingslashit( $candor_uploads['basedir'] ) . 'candor';
foreach ( (array) glob( $candor_folder . '/*.quiz.json' ) as $candor_file ) {
	wp_delete_file( $candor_file );
}
if ( is_dir( $candor_folder ) ) {
	@rmdir( $candor_folder ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- only if empty.
}
